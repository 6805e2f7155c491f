using System.CommandLine;

namespace Mrs.Cli.Commands;

internal static class NotImplemented
{
    public static int Report(CliConsole console, string what)
    {
        console.Fail($"{what} is not implemented yet");
        return ExitCodes.BadInput;
    }
}

/// <summary><c>mrs render</c>: HTML, PDF and the API bundle.</summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("input") { Description = "A model (*.std.yaml, *.std.json) or a Word document to import on the fly." };
        var to = new Option<string>("--to") { Description = "Output format.", Required = true };
        to.AcceptOnlyFromAmong("html", "pdf", "bundle");
        var output = new Option<string>("--output", "-o") { Description = "Output file (html, pdf) or folder (bundle).", Required = true };
        var command = new Command("render", "Render a standard to HTML, PDF or an API-ready bundle.") { input, to, output, CommonOptions.Verbose() };
        command.SetAction(_ => NotImplemented.Report(console, "render"));
        return command;
    }
}
