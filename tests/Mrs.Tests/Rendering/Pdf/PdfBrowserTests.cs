using System.Text;
using Mrs.Rendering.Pdf;
using Mrs.Rendering.Writers;

namespace Mrs.Tests.Rendering.Pdf;

/// <summary>
/// The browser behind the PDF writer: our DevTools client starts the system's Chromium, prints, and leaves nothing
/// behind — no process of its tree, no profile folder — when it is closed, when it crashed, or when it never started.
/// </summary>
public class PdfBrowserTests
{
    private const string Page = "<!DOCTYPE html><html><body><p>text</p></body></html>";

    [Fact]
    public void Closing_the_browser_ends_every_chromium_process_and_deletes_its_profile()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the process tree is read from /proc");
        var browser = PdfBrowser.Launch(BrowserLocator.Require(null));
        var profile = browser.Process.Profile;
        Assert.Matches(@"^(Headless)?Chrome/[0-9.]+$", browser.Version);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(browser.Print(Page).Pdf, 0, 5), StringComparison.Ordinal);
        Assert.True(ProcessesUsing(profile).Count >= 2, "Chromium runs as several processes");

        browser.Dispose();

        Assert.Empty(ProcessesUsing(profile));
        Assert.False(Directory.Exists(profile), profile);
    }

    [Fact]
    public void A_browser_that_crashed_is_started_again_for_the_next_document()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the process tree is read from /proc");
        // A program path of its own, so that the shared browser of the other tests is not the one that crashes.
        var folder = TestPaths.TempFolder();
        var link = Path.Combine(folder, "chromium");
        File.CreateSymbolicLink(link, BrowserLocator.Require(null));
        var first = PdfBrowser.Shared(link);
        var profile = first.Process.Profile;
        System.Diagnostics.Process.GetProcessById(first.Process.Id).Kill();
        Assert.True(first.Process.WaitForExit(TimeSpan.FromSeconds(10)));

        var second = PdfBrowser.Shared(link);

        Assert.NotSame(first, second);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(second.Print(Page).Pdf, 0, 5), StringComparison.Ordinal);
        Assert.Empty(ProcessesUsing(profile));
        Assert.False(Directory.Exists(profile), profile);
        second.Dispose();
    }

    [Fact]
    public void A_program_that_is_not_chromium_is_one_line_that_says_how_to_install_it()
    {
        Assert.SkipUnless(File.Exists("/bin/false"), "needs /bin/false");
        var error = Assert.Throws<MissingToolException>(() => PdfBrowser.Launch("/bin/false"));
        Assert.Single(error.Message.Split('\n'));
        Assert.StartsWith("/bin/false: Chromium did not start (", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("Chromium 无法启动", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The ids of the processes whose command line names the profile folder (every process of that Chromium does).</summary>
    private static List<int> ProcessesUsing(string profile)
    {
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var id))
            {
                continue;
            }
            try
            {
                if (File.ReadAllText(Path.Combine(folder, "cmdline")).Contains(profile, StringComparison.Ordinal))
                {
                    found.Add(id);
                }
            }
            catch (IOException)
            {
                // Ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's process: not ours.
            }
        }
        return found;
    }
}
