using BenchmarkDotNet.Running;

namespace Mrs.Benchmarks;

/// <summary>
/// In-process benchmarks of mrs stages. Run: dotnet run -c Release --project tests/Mrs.Benchmarks -- --filter '*'
/// (or `dotnet pwsh build.ps1 bench`). Whole-process comparisons with pandoc are in compare-pandoc.sh.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
