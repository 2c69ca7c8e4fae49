public import Model

/// The parts of a language's generated files that depend on the question's signature (or on the
/// solution): the holes of runtime/LANGUAGE/templates besides `solution`, as the language's
/// language.json spells them ("driver" parts over its "types"). Languages whose driver reads the
/// signature itself (Python, JavaScript, Kotlin...) have none.
public enum Drivers {
    public static func parts(for declaration: LanguageDeclaration, solution: String, signature: Signature) -> [String: String] {
        let packages = declaration.function.driver?["imports"] ?? []
        let lists = ["unimported": UnimportedPackages.used(by: solution, among: packages)]
        guard signature.isDesign else {
            return declaration.driver.values(signature, types: declaration.types, names: declaration.names, lists: lists)
        }
        // The per-method templates: design-method.X beside each design.X.
        var perMethod: [String: Template] = [:]
        for file in declaration.designFiles ?? [] {
            guard let name = file.template, name.hasPrefix("design.") else { continue }
            if let method = declaration.templates["design-method." + name.dropFirst("design.".count)] { perMethod["methods"] = method }
        }
        return declaration.driver.designValues(signature, types: declaration.types, names: declaration.names,
                                               lists: lists, perMethod: perMethod)
    }
}
