using System.CommandLine;
using System.Text;
using Mrs.Text.Messages;

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
        var folder = new Argument<string>("dir") { Description = Catalog.Get("init.dir") };
        var template = new Option<string>("--template", "-t")
        {
            Description = Catalog.Get("init.template"),
            DefaultValueFactory = _ => "gbt",
        };
        template.AcceptOnlyFromAmong(Templates);
        var command = new Command("init",
            Catalog.Get("init.description"))
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
            [".mrs.yaml"] = "# yaml-language-server: $schema=schemas/mrs-config.schema.json\n# mrs validate settings: see docs/rules.md\nfamily: "
                + $"{template}\n",
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
            console.Fail(Catalog.Format("init.exists", folder, string.Join(", ", existing)));
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
            console.Fail(Catalog.Format("init.cannotWrite", folder, e.Message));
            return ExitCodes.BadInput;
        }
        console.Error.WriteLine("mrs: " + Catalog.Format("init.done", template, folder, ModelFile));
        console.Error.WriteLine("mrs: " + Catalog.Format("init.next", Path.Combine(folder, ModelFile)));
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
