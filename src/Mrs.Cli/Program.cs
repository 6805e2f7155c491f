namespace Mrs.Cli;

public static class Program
{
    public static int Main(string[] args) => MrsCli.Run(args, Console.Out, Console.Error);
}
