			case "{{method_raw}}":
{{decodes}}
{{invoke}}
