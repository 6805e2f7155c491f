namespace Mrs.Cli.Commands;

internal static class NotImplemented
{
    public static int Report(CliConsole console, string what)
    {
        console.Fail($"{what} is not implemented yet");
        return ExitCodes.BadInput;
    }
}
