                "{{method_raw}}" => __cc::encode(&obj.{{method}}({{values}})),
