namespace Fandom.Tests.Support;

public static class Paths
{
    /// <summary>The folder holding Fandom.sln: the app's content root, as when it runs from source.</summary>
    public static string RepositoryRoot { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Fandom.sln"))) return dir.FullName;
        throw new InvalidOperationException("Fandom.sln not found above " + AppContext.BaseDirectory);
    }
}
