namespace AutoMeet.Privacy;

/// <summary>Represents the outcome of <see cref="IPersonDataService.ExportAsync"/>.</summary>
public sealed class PersonExportResult
{
    private PersonExportResult(PersonExportStatus status, PersonDataArchive? archive)
    {
        Status = status;
        Archive = archive;
    }

    /// <summary>Gets the outcome for an address about which nothing is held.</summary>
    public static PersonExportResult NotFound { get; } = new(PersonExportStatus.NotFound, null);

    /// <summary>Gets the status.</summary>
    public PersonExportStatus Status { get; }

    /// <summary>Gets the archive; <see langword="null"/> unless <see cref="Status"/> is <see cref="PersonExportStatus.Exported"/>.</summary>
    public PersonDataArchive? Archive { get; }

    /// <summary>Creates the outcome of a successful export.</summary>
    /// <param name="archive">The archive.</param>
    /// <returns>The outcome.</returns>
    public static PersonExportResult Exported(PersonDataArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        return new(PersonExportStatus.Exported, archive);
    }
}
