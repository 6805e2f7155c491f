using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Mrs.Tests.Import.Legacy;

namespace Mrs.Tests.Hostile;

/// <summary>
/// Class 4 (LibreOffice reaches out) and class 10 (determinism of converted files): a page served on 127.0.0.1 receives
/// nothing while mrs converts documents that link to it, no file outside the input reaches the model, the input's real
/// format is checked before LibreOffice starts, and converted OLE objects give the same model on every run.
/// </summary>
public class LegacyHostileTests
{
    private const string Secret = "MRS-SECRET-PICTURE";

    /// <summary>A TCP listener on 127.0.0.1 counting the connections it accepts (an HTTP server needs no more to notice a fetch).</summary>
    private sealed class Listener : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private int accepted;

        public Listener()
        {
            listener.Start();
            _ = Task.Run(async () =>
            {
                try
                {
                    while (true)
                    {
                        using var client = await listener.AcceptTcpClientAsync();
                        Interlocked.Increment(ref accepted);
                        var stream = client.GetStream();
                        await stream.WriteAsync("HTTP/1.0 200 OK\r\nContent-Type: image/png\r\nContent-Length: 0\r\n\r\n"u8.ToArray());
                    }
                }
                catch (Exception ex) when (ex is SocketException or ObjectDisposedException or IOException)
                {
                }
            });
        }

        public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

        public int Accepted => Volatile.Read(ref accepted);

        public void Dispose() => listener.Stop();
    }

    private static byte[] Odt(string content)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var s = zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open())
            {
                s.Write("application/vnd.oasis.opendocument.text"u8);
            }
            using (var s = zip.CreateEntry("content.xml").Open())
            {
                s.Write(Encoding.UTF8.GetBytes(content));
            }
            using (var s = zip.CreateEntry("META-INF/manifest.xml").Open())
            {
                s.Write(Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><manifest:manifest """
                    + """xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry """
                    + """manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry """
                    + """manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""));
            }
        }
        return memory.ToArray();
    }

    [Fact]
    public void Conversions_fetch_nothing_from_the_network_and_read_no_file_outside_the_input()
    {
        LegacySupport.RequireSoffice();
        using var server = new Listener();
        var run = new HostileCase();
        var secret = run.Input("outside/secret.png", [.. HostileFiles.Png, .. Encoding.ASCII.GetBytes(Secret)]);
        var url = $"http://127.0.0.1:{server.Port}";
        var html = run.Input("page.doc",
            $"""<html><head><link rel="stylesheet" href="{url}/style.css"></head><body><p>Hello page</p><img src="{url}/img.png"><img """
            + $"""src="file://{secret}"><iframe src="{url}/frame.html"></iframe></body></html>""");
        var rtf = run.Input("fields.rtf",
            $$$"""{\rtf1\ansi {\field{\*\fldinst INCLUDEPICTURE "{{{url}}}/rtf.png" \\d}{\fldrslt }}\par {\field{\*\fldinst """
            + $$$"""INCLUDEPICTURE "file://{{{secret}}}" \\d}{\fldrslt }}\par {\field{\*\fldinst """
            + $$$"""INCLUDE\'50ICTURE "file://{{{secret}}}"}{\fldrslt }}\par {\field{\*\fldinst INCLUDETEXT "{{{secret}}}"}{\fldrslt }}\par Hello """
            + """rtf\par}""");
        var odt = run.Input("linked.odt",
            Odt("""<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" """
                + """xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" """
            + """xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" """
            + """office:version="1.2"><office:body><office:text><text:p>Hello odt<draw:frame draw:name="a" svg:width="1cm" svg:height="1cm" """
            + $"""text:anchor-type="as-char"><draw:image xlink:href="{url}/odt.png" xlink:type="simple" xlink:show="embed" """
            + """xlink:actuate="onLoad"/></draw:frame><draw:frame draw:name="b" svg:width="1cm" svg:height="1cm" """
            + $"""text:anchor-type="as-char"><draw:image xlink:href="file://{secret}" xlink:type="simple" xlink:show="embed" """
            + """xlink:actuate="onLoad"/></draw:frame></text:p></office:text></office:body></office:document-content>"""));
        foreach (var input in new[] { html, rtf, odt })
        {
            var output = run.Output(Path.GetFileName(input) + ".std.yaml");
            var result = run.Run(["import", input, "-o", output], exitCodes: [0]);
            Assert.Contains("Hello", File.ReadAllText(output));
        }
        Thread.Sleep(500);
        Assert.Equal(0, server.Accepted);
        foreach (var file in Directory.EnumerateFiles(run.Out, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Secret, Encoding.Latin1.GetString(File.ReadAllBytes(file)));
        }
    }

    [Theory]
    [InlineData("random.doc")]
    [InlineData("random.rtf")]
    [InlineData("random.odt")]
    [InlineData("text.doc")]
    public void Content_that_is_not_what_its_name_says_is_refused_before_LibreOffice_starts(string name)
    {
        var run = new HostileCase();
        var bytes = new byte[3000];
        new Random(5).NextBytes(bytes);
        var input = run.Input(name,
            name.StartsWith("text", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes("just some notes\nnot a document\n") : bytes);
        // A soffice that would leave a mark if it were started.
        var mark = Path.Combine(run.Out, "soffice-ran");
        var soffice = LegacySupport.FakeSoffice(run.Home, $"touch '{mark}'");
        var result = run.Run(["import", input, "-o", run.Output("x.std.yaml"), "--soffice", soffice]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a Word document", result.ErrorLine(input));
        Assert.False(File.Exists(mark));
    }

    [Fact]
    public void A_converted_document_with_ole_objects_gives_the_same_model_every_time()
    {
        LegacySupport.RequireSoffice();
        var source = TestPaths.CorpusFile("standards/legacy-doc/telekom__3gpp-meeting-tools__S2-1813311_was2736_SG_23401_r15_v1.doc");
        if (!File.Exists(source))
        {
            Assert.Skip("the corpus is not here (set MRS_CORPUS)");
        }
        var run = new HostileCase();
        var input = run.InputFrom("ole.doc", source);
        var first = run.Output("first.std.yaml");
        var second = run.Output("second.std.yaml");
        Assert.Equal(0, CliRunner.Run("import", input, "-o", first).ExitCode);
        Assert.Equal(0, CliRunner.Run("import", input, "-o", second).ExitCode);
        var a = File.ReadAllText(first);
        Assert.Contains("ObjectID=", a);
        // Each model has its pictures in assets/<its name>/; nothing else may differ.
        Assert.Equal(a.Replace("assets/first/", "assets/x/", StringComparison.Ordinal),
            File.ReadAllText(second).Replace("assets/second/", "assets/x/", StringComparison.Ordinal));
    }

    [Fact]
    public void Rtf_fields_that_reach_out_are_emptied_whatever_escapes_spell_them()
    {
        var rtf = Encoding.ASCII.GetBytes("""{\rtf1 {\field{\*\fldinst INCLUDEPICTURE "a"}{\fldrslt A}}{\field{\*\fldinst """
            + """{\u73?NCLUDETEXT} "b"}{\fldrslt B}}{\field{\*\fldinst INCLUDE\'50ICTURE "c"}{\fldrslt C}}{\field{\*\fldinst PAGE}{\fldrslt """
            + """1}}{\field{\*\fldinst  HYPERLINK "http://x"}{\fldrslt D}}}""");
        var safe = Encoding.ASCII.GetString(Mrs.Import.Legacy.RtfFields.Neutralize(rtf, out var removed));
        Assert.Equal(3, removed);
        Assert.DoesNotContain("\"a\"", safe);
        Assert.DoesNotContain("\"b\"", safe);
        Assert.DoesNotContain("\"c\"", safe);
        Assert.Contains("PAGE", safe);
        Assert.Contains("HYPERLINK", safe);
        Assert.Contains("{\\fldrslt A}", safe);
    }

    [Fact]
    public void Conversion_folders_of_dead_processes_are_swept_with_their_orphans_and_those_of_live_ones_kept()
    {
        var root = TestPaths.TempFolder();
        var dead = Directory.CreateDirectory(Path.Combine(root, "mrs-soffice-999999999-" + Guid.NewGuid().ToString("N"))).FullName;
        File.WriteAllText(Path.Combine(dead, "copy-of-input.doc"), "x");
        var live = Directory.CreateDirectory(Path.Combine(root, $"mrs-soffice-{Environment.ProcessId}-" + Guid.NewGuid().ToString("N"))).FullName;
        var other = Directory.CreateDirectory(Path.Combine(root, "someone-else")).FullName;
        var deadInput = Directory.CreateDirectory(Path.Combine(root, "mrs-input-999999999-" + Guid.NewGuid().ToString("N"))).FullName;
        // An orphan still working in the dead process's folder, as LibreOffice does after mrs is killed with SIGKILL
        // (sh stays, holding the folder in its command line, while sleep runs).
        using var orphan = System.Diagnostics.Process.Start("sh", ["-c", "sleep 60; true", dead])!;
        Mrs.Import.Legacy.LibreOfficeConverter.SweepStaleFolders(root);
        Mrs.Import.Legacy.LibreOfficeConverter.SweepStaleFolders(root, "mrs-input-");
        Assert.True(orphan.WaitForExit(TimeSpan.FromSeconds(10)), "the orphan of a dead process is stopped");
        Assert.False(Directory.Exists(dead));
        Assert.False(Directory.Exists(deadInput));
        Assert.True(Directory.Exists(live));
        Assert.True(Directory.Exists(other));
    }
}
