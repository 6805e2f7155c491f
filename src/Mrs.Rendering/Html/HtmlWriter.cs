using System.Text;
using Mrs.Model;
using Mrs.Rendering.Writers;

namespace Mrs.Rendering.Html;

/// <summary>
/// <c>--to html</c>: the web edition (<see cref="HtmlEdition"/>) as one file. With <see cref="AssetMode.Folder"/> the
/// pictures go to an assets/ folder beside it (content-hash names, each file written whole before the page that
/// shows it); the page itself is written atomically.
/// </summary>
public sealed class HtmlWriter : IOutputWriter
{
    public string Name => "html";

    public OutputKind Kind => OutputKind.Rendering;

    public OutputShape Produces => OutputShape.File;

    public string Suffix => ".html";

    public bool IsImplemented => true;

    public void Write(StandardDocument document, string destination, WriterOptions options)
    {
        var page = HtmlEdition.Render(document, options);
        if (page.Assets.Count > 0)
        {
            var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(destination))!, PictureSource.FolderName);
            foreach (var (name, bytes) in page.Assets)
            {
                var path = Path.Combine(folder, name);
                if (!File.Exists(path) || new FileInfo(path).Length != bytes.Length)
                {
                    AtomicOutput.WriteFile(path, stream => stream.Write(bytes));
                }
            }
        }
        AtomicOutput.WriteFile(destination, stream => stream.Write(new UTF8Encoding(false).GetBytes(page.Html)));
    }
}
