        case "{{method_raw}}":
{{decodes}}
            let ccValue: {{returned}} = ccObject.{{method}}({{arguments}})
            ccOut.append({{encoded}})
