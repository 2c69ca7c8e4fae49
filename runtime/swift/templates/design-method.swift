        case "{{method_raw}}":
{{decodes}}
            let ccValue = ccObject.{{method}}({{arguments}})
            ccOut.append({{encoded}})
