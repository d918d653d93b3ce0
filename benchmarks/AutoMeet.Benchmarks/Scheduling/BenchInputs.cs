namespace AutoMeet.Benchmarks.Scheduling;

/// <summary>Finds the shared availability bench folder (<c>shared/bench/availability</c>) beside the repository.</summary>
internal static class BenchInputs
{
    public static string Path(string name)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { System.IO.Path.Combine(dir.FullName, "shared", "bench", "availability"), System.IO.Path.Combine(dir.FullName, "..", "shared", "bench", "availability") })
                {
                    var file = System.IO.Path.Combine(candidate, name);
                    if (File.Exists(file))
                    {
                        return System.IO.Path.GetFullPath(file);
                    }
                }
            }
        }

        throw new FileNotFoundException($"{name} not found under shared/bench/availability beside any parent of {AppContext.BaseDirectory}.");
    }
}
