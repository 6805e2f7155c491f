using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Mrs.Import;
using Mrs.Model;
using Mrs.Serialization;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// Picture files carry readable names from where they are first used (figure-A.1.png, figure-3-b.png, formula-2.wmf,
/// image-4.png) with the content hash kept in the model for identity; each model's pictures in a folder of their own.
/// </summary>
public partial class PictureNameTests
{
    [GeneratedRegex(@"^assets/(figure|formula|image)-[A-Za-z0-9][A-Za-z0-9.-]*\.[a-z0-9]{1,5}$")]
    private static partial Regex ReadableName();

    public static TheoryData<string> Documents =>
    [
        "standards/iso/metanorma-iso_rice.docx",
        "standards/oasis/mqtt-sn-2-0-wd_2024-06-06.docx",
        "standards/gbt/generated/gbt-minimal.docx",
        "pandoc/image.docx",
        "mammoth/tiny-picture.docx",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_picture_has_a_readable_unique_name_and_keeps_its_hash(string corpusFile)
    {
        var folder = Path.Combine(TestPaths.TempFolder(), "assets");
        var path = TestPaths.CorpusFile(corpusFile);
        var document = DocxImporter.Import(path, new ImportOptions { AssetsFolder = folder }).Document;

        var files = document.Assets.Where(a => a.Path is not null).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, a =>
        {
            Assert.Matches(ReadableName(), a.Path!);
            var file = Path.Combine(folder, Path.GetFileName(a.Path!));
            Assert.Equal(a.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));
            Assert.Equal("img-" + a.Sha256![..16], a.Id);
        });
        Assert.Equal(files.Count, files.Select(a => a.Path!.ToLowerInvariant()).Distinct().Count());
        Assert.Equal(files.Count, Directory.GetFiles(folder).Length);

        // A numbered figure with one picture names it, unless the picture was used earlier.
        var pathOf = files.ToDictionary(a => a.Id, a => a.Path!);
        var first = new HashSet<string>();
        foreach (var block in document.Descendants<object>())
        {
            if (block is Figure { Number: { } number, Images: [var image] } && first.Add(image.Asset))
            {
                Assert.Equal("assets/figure-" + number, Path.ChangeExtension(pathOf[image.Asset], null));
            }
            else if (block is Image i)
            {
                first.Add(i.Asset);
            }
        }

        // Same document, same names.
        var again = DocxImporter.Import(path, new ImportOptions { AssetsFolder = folder }).Document;
        Assert.Equal(document.Assets, again.Assets);
    }

    [Fact]
    public void Sub_figures_and_unnumbered_pictures_are_named_in_document_order()
    {
        var document = DocxImporter.Import(TestPaths.CorpusFile("standards/oasis/mqtt-sn-2-0-wd_2024-06-06.docx"), new ImportOptions()).Document;
        var names = document.Assets.ToDictionary(a => a.Id, a => Path.GetFileNameWithoutExtension(a.Path!));
        var order = document.Descendants<Image>().Select(i => names[i.Asset]).Distinct()
            .Where(n => n.StartsWith("image-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, order.Count).Select(n => $"image-{n}"), order);
    }

    [Fact]
    public void Two_models_in_one_folder_keep_their_pictures_apart()
    {
        var folder = TestPaths.TempFolder();
        foreach (var name in new[] { "a", "b" })
        {
            var result = CliRunner.Run("import", TestPaths.CorpusFile("standards/gbt/generated/gbt-minimal.docx"), "-o",
                Path.Combine(folder, name + ".std.yaml"));
            Assert.Equal(0, result.ExitCode);
        }
        using var a = ModelReader.Load(Path.Combine(folder, "a.std.yaml"));
        using var b = ModelReader.Load(Path.Combine(folder, "b.std.yaml"));
        Assert.Equal(["assets/a/image-1.jpeg"], a.Document!.Assets.Select(x => x.Path));
        Assert.Equal(["assets/b/image-1.jpeg"], b.Document!.Assets.Select(x => x.Path));
        Assert.True(File.Exists(Path.Combine(folder, "assets", "a", "image-1.jpeg")));
        Assert.True(File.Exists(Path.Combine(folder, "assets", "b", "image-1.jpeg")));
    }
}
