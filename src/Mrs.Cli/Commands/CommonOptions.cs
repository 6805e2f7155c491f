using System.CommandLine;
using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    /// <summary>The Chromium that prints PDF (render and build --to pdf).</summary>
    public static Option<string?> Browser() => new("--browser") { Description = Catalog.Get("option.browser") };

    public static Option<bool> Verbose() => new("--verbose") { Description = Catalog.Get("option.verbose") };
}
