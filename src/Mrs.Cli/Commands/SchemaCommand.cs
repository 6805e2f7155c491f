using System.CommandLine;
using Mrs.Serialization;

namespace Mrs.Cli.Commands;

/// <summary><c>mrs schema</c>: prints the clause-model JSON Schema.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schema", "Print the clause-model JSON Schema (draft 2020-12) that *.std.yaml and *.std.json files follow.");
        command.SetAction(_ =>
        {
            console.Out.Write(ModelSchema.Text);
            return ExitCodes.Success;
        });
        return command;
    }
}
