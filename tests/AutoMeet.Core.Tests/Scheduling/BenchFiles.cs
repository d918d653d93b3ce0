namespace AutoMeet.Core.Tests.Scheduling;

/// <summary>Finds the shared availability bench folder (<c>shared/bench/availability</c>, a sibling of the repository).</summary>
internal static class BenchFiles
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string Directory => Folder.Value;

    public static IEnumerable<string> Inputs() =>
        System.IO.Directory.GetFiles(Directory, "availability-*.json").Order(StringComparer.Ordinal);

    public static string ExpectedFor(string input) =>
        Path.Combine(Directory, "expected-slots-" + Path.GetFileName(input)["availability-".Length..]);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "bench", "availability"), Path.Combine(dir.FullName, "..", "shared", "bench", "availability") })
            {
                if (System.IO.Directory.Exists(candidate) && System.IO.Directory.GetFiles(candidate, "availability-*.json").Length > 0)
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"The availability bench inputs (shared/bench/availability/availability-*.json) were not found in any parent of {AppContext.BaseDirectory} or beside one; the shared folder must sit beside the repository root.");
    }
}
