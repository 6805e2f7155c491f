using System.CommandLine;
using System.Text;

namespace Mrs.Cli.Commands;

/// <summary>
/// <c>mrs init [--template gbt|iso|etsi] &lt;dir&gt;</c>: a new standard from a template — a skeleton model that validates
/// cleanly (cover, foreword, scope, normative references, terms, a requirements clause, an annex), a .mrs.yaml naming
/// its rule family, mrs's schemas and the VS Code settings that bind them, so that the editor completes and checks the
/// YAML as it is typed. Nothing is overwritten.
/// </summary>
internal static class InitCommand
{
    public static readonly string[] Templates = ["gbt", "iso", "etsi"];

    public const string ModelFile = "standard.std.yaml";

    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("dir") { Description = "The folder of the new standard (created if needed)." };
        var template = new Option<string>("--template", "-t")
        {
            Description = "gbt (GB/T 1.1-2020, in Chinese), iso (ISO/IEC Directives Part 2) or etsi (ETSI Drafting Rules).",
            DefaultValueFactory = _ => "gbt",
        };
        template.AcceptOnlyFromAmong(Templates);
        var command = new Command("init",
            "Start a new standard from a template: a skeleton model that validates cleanly, .mrs.yaml, the schemas and VS Code settings.")
        {
            folder,
            template,
        };
        command.SetAction(parse => Run(console, parse.GetValue(folder)!, parse.GetValue(template)!));
        return command;
    }

    private static int Run(CliConsole console, string folder, string template)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [ModelFile] = Resource($"templates/{template}.std.yaml"),
            [".mrs.yaml"] = $"# yaml-language-server: $schema=schemas/mrs-config.schema.json\n# mrs validate settings: see docs/rules.md\nfamily: {template}\n",
            [Path.Combine(".vscode", "settings.json")] = """
                {
                  "yaml.schemas": {
                    "./schemas/clause-model.schema.json": "*.std.yaml",
                    "./schemas/mrs-config.schema.json": ".mrs.yaml"
                  },
                  "files.associations": {
                    "*.std.yaml": "yaml"
                  },
                  "[yaml]": {
                    "editor.tabSize": 2,
                    "editor.insertSpaces": true
                  }
                }

                """,
        };
        foreach (var schema in SchemaCommand.Names)
        {
            files[Path.Combine("schemas", schema + ".schema.json")] = SchemaCommand.Text(schema);
        }
        var existing = files.Keys.Where(f => File.Exists(Path.Combine(folder, f))).ToList();
        if (existing.Count > 0)
        {
            console.Fail($"{folder}: already holds {string.Join(", ", existing)}; nothing was written (init never overwrites)");
            return ExitCodes.BadInput;
        }
        try
        {
            foreach (var (name, text) in files)
            {
                var path = Path.Combine(folder, name);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                var temporary = path + ".tmp";
                File.WriteAllText(temporary, text, new UTF8Encoding(false));
                File.Move(temporary, path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Fail($"{folder}: cannot write there: {e.Message}");
            return ExitCodes.BadInput;
        }
        console.Error.WriteLine($"mrs: a new {template} standard in {folder}: {ModelFile} (edit it), .mrs.yaml, schemas/, .vscode/settings.json");
        console.Error.WriteLine($"mrs: check it with: mrs validate {Path.Combine(folder, ModelFile)}");
        return ExitCodes.Success;
    }

    private static string Resource(string name)
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("template not embedded: " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
