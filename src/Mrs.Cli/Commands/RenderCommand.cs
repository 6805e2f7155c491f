using System.CommandLine;
using Mrs.Rendering.Writers;

namespace Mrs.Cli.Commands;

/// <summary><c>mrs render</c>: a model or a Word document into one of the renderings of <see cref="OutputWriters"/> (HTML, PDF, the API bundle).</summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var renderings = OutputWriters.OfKind(OutputKind.Rendering);
        var input = new Argument<string>("input") { Description = "A model (*.std.yaml, *.std.json) or a Word document to import on the fly." };
        var to = new Option<string>("--to") { Description = "Output format.", Required = true };
        to.AcceptOnlyFromAmong(renderings.Select(w => w.Name).ToArray());
        var output = new Option<string>("--output", "-o") { Description = $"Output file ({NamesOf(renderings, OutputShape.File)}) or folder ({NamesOf(renderings, OutputShape.Folder)}).", Required = true };
        var documentOptions = new DocumentOptions();
        var command = new Command("render", "Render a standard to HTML, PDF or an API-ready bundle.") { input, to, output, CommonOptions.Verbose() };
        documentOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var writer = OutputWriters.Find(parse.GetValue(to)!)!;
            if (!writer.IsImplemented)
            {
                return NotImplemented.Report(console, "render");
            }
            var destination = parse.GetValue(output)!;
            // A Word document is imported as by mrs import: its pictures go to assets/ beside the output unless --assets says otherwise.
            using var loaded = StandardLoader.Load(parse.GetValue(input)!, documentOptions.Read(parse, destination), parse.GetValue(documentOptions.Soffice));
            if (!loaded.IsRead)
            {
                console.Error.WriteLine(loaded.Problem);
                return ExitCodes.BadInput;
            }
            try
            {
                writer.Write(loaded.Document, destination, WriterOptions.Default);
            }
            catch (Mrs.Serialization.OutputException ex)
            {
                console.Error.WriteLine(ex.Message);
                return ExitCodes.BadInput;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string NamesOf(IEnumerable<IOutputWriter> writers, OutputShape shape) =>
        string.Join(", ", writers.Where(w => w.Produces == shape).Select(w => w.Name));
}
