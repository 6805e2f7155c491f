using System.CommandLine;
using Mrs.Rendering.Html;
using Mrs.Rendering.Writers;
using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

/// <summary>
/// <c>mrs render</c>: a model or a Word document into one of the renderings of <see cref="OutputWriters"/> (HTML, PDF,
/// the API bundle). A Word document is imported on the fly with the import options, its pictures into a temporary
/// folder that is gone when the rendering is written.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var renderings = OutputWriters.OfKind(OutputKind.Rendering);
        var input = new Argument<string>("input") { Description = Catalog.Get("render.input") };
        var to = new Option<string>("--to") { Description = Catalog.Get("render.to"), Required = true };
        to.AcceptOnlyFromAmong(renderings.Select(w => w.Name).ToArray());
        var output = new Option<string>("--output",
            "-o")
        {
            Description = Catalog.Format("render.output", NamesOf(renderings, OutputShape.File), NamesOf(renderings, OutputShape.Folder)),
            Required = true
        };
        var theme = new Option<string>("--theme") { Description = Catalog.Get("render.theme"), DefaultValueFactory = _ => "auto" };
        theme.AcceptOnlyFromAmong([.. Theme.Names]);
        var assets = new Option<string>("--assets") { Description = Catalog.Get("render.assets"), DefaultValueFactory = _ => "embed" };
        assets.AcceptOnlyFromAmong("embed", "folder");
        var zip = new Option<bool>("--zip") { Description = Catalog.Get("render.zip") };
        var browser = CommonOptions.Browser();
        var documentOptions = new DocumentOptions();
        var command = new Command("render", Catalog.Get("render.description")) { input, to, output, theme, assets, zip, browser,
            CommonOptions.Verbose() };
        documentOptions.AddTo(command, assetsFolder: false);
        command.SetAction(parse =>
        {
            var writer = OutputWriters.Find(parse.GetValue(to)!)!;
            if (!writer.IsImplemented)
            {
                return NotImplemented.Report(console, "render");
            }
            var destination = parse.GetValue(output)!;
            var path = parse.GetValue(input)!;
            var soffice = parse.GetValue(documentOptions.Soffice);
            // A Word document's pictures go to a folder of this run's own, read by the writer, removed after.
            var imported = StandardLoader.IsDocument(path) ? Directory.CreateTempSubdirectory("mrs-render-").FullName : null;
            try
            {
                var importOptions = documentOptions.ReadWithAssetsIn(parse, Path.Combine(imported ?? Path.GetTempPath(), "assets"));
                using var loaded = StandardLoader.Load(path, importOptions, soffice);
                if (!loaded.IsRead)
                {
                    console.Error.WriteLine(loaded.Problem);
                    return ExitCodes.BadInput;
                }
                var options = new WriterOptions
                {
                    SourceFolder = imported ?? Path.GetDirectoryName(Path.GetFullPath(path)),
                    Theme = parse.GetValue(theme)!,
                    Assets = parse.GetValue(assets) == "folder" ? AssetMode.Folder : AssetMode.Embed,
                    Pictures = new SofficePictures(soffice),
                    Zip = parse.GetValue(zip) && writer.Produces == OutputShape.Folder,
                    Browser = parse.GetValue(browser),
                };
                writer.Write(loaded.Document, destination, options);
                return ExitCodes.Success;
            }
            catch (MissingToolException ex)
            {
                console.Fail(ex.Message);
                return ExitCodes.BadInput;
            }
            catch (Mrs.Serialization.OutputException ex)
            {
                console.Error.WriteLine(ex.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine(Catalog.Format("error.at", destination,
                    ex is UnauthorizedAccessException ? Catalog.Get("error.permissionDenied") : ex.Message.Split('\n')[0]));
                return ExitCodes.BadInput;
            }
            finally
            {
                if (imported is not null)
                {
                    Directory.Delete(imported, recursive: true);
                }
            }
        });
        return command;
    }

    private static string NamesOf(IEnumerable<IOutputWriter> writers, OutputShape shape) =>
        string.Join(", ", writers.Where(w => w.Produces == shape).Select(w => w.Name));
}
