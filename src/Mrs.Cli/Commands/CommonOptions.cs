using System.CommandLine;

namespace Mrs.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<bool> Verbose() => new("--verbose") { Description = "Print more detail (timings, internal errors with their stack trace)." };
}
