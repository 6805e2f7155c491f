using System.CommandLine;
using Mrs.Serialization;
using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

/// <summary>
/// <c>mrs schema</c>: prints the clause-model JSON Schema, or another of mrs's schemas by name; <c>--out</c> writes them
/// all into a folder (for editors' YAML language servers, or to pin a copy beside a project's models).
/// </summary>
internal static class SchemaCommand
{
    private const string Prefix = "schemas/";
    private const string Suffix = ".schema.json";

    /// <summary>The schemas mrs carries, by name (clause-model, mrs-config, validation-report, bundle/bundle-clause …).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. typeof(SchemaCommand).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length])
            .Order(StringComparer.Ordinal),
    ];

    public static string Text(string name)
    {
        using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(Prefix + name + Suffix)
            ?? throw new InvalidOperationException("schema not embedded: " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("name")
        {
            Description = Catalog.Format("schema.name", string.Join(", ", Names)),
            DefaultValueFactory = _ => "clause-model",
        };
        name.AcceptOnlyFromAmong([.. Names]);
        var output = new Option<string?>("--out")
        {
            Description = Catalog.Get("schema.out"),
        };
        var command = new Command("schema",
            Catalog.Get("schema.description"))
        {
            name,
            output,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(output) is not { } folder)
            {
                console.Out.Write(parse.GetValue(name) == "clause-model" ? ModelSchema.Text : Text(parse.GetValue(name)!));
                return ExitCodes.Success;
            }
            try
            {
                Directory.CreateDirectory(folder);
                foreach (var schema in Names)
                {
                    var path = Path.Combine(folder, schema + Suffix);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    var temporary = path + ".tmp";
                    File.WriteAllText(temporary, Text(schema));
                    File.Move(temporary, path, overwrite: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Fail(Catalog.Format("schema.cannotWrite", folder, e.Message));
                return ExitCodes.BadInput;
            }
            console.Error.WriteLine("mrs: " + Catalog.Format("schema.wrote", Names.Count, folder, string.Join(", ", Names.Select(n => n + Suffix))));
            return ExitCodes.Success;
        });
        return command;
    }
}
