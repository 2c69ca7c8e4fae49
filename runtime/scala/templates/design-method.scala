            case "{{method_raw}}" =>
{{decodes}}
              {{answer}}
