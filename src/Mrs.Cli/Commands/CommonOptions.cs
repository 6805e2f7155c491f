using System.CommandLine;

namespace Mrs.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    /// <summary>The Chromium that prints PDF (render and build --to pdf).</summary>
    public static Option<string?> Browser() => new("--browser") { Description = "Chromium program that prints PDF (default: MRS_CHROMIUM, then chromium on PATH)." };

    public static Option<bool> Verbose() => new("--verbose") { Description = "Print more detail (timings, internal errors with their stack trace)." };
}
