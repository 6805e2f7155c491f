using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

internal static class NotImplemented
{
    public static int Report(CliConsole console, string what)
    {
        console.Fail(Catalog.Format("error.notImplemented", what));
        return ExitCodes.BadInput;
    }
}
