namespace AutoMeet.Privacy;

/// <summary>Represents the outcome of an export request.</summary>
public enum PersonExportStatus
{
    /// <summary>Data was found; the archive holds it.</summary>
    Exported = 0,

    /// <summary>Nothing is held about the address.</summary>
    NotFound = 1,
}
