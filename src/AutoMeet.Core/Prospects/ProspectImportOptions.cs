namespace AutoMeet.Prospects;

/// <summary>
/// Gets or sets the limits of <see cref="IProspectCsvImporter"/>. Configure with
/// <c>services.Configure&lt;ProspectImportOptions&gt;(...)</c>; a file beyond a limit is rejected as a whole.
/// </summary>
public sealed class ProspectImportOptions
{
    /// <summary>The default for <see cref="MaxRows"/>.</summary>
    public const int DefaultMaxRows = 50_000;

    /// <summary>The default for <see cref="MaxBytes"/> (10 MiB).</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    /// <summary>Gets or sets the most data rows (not counting the header) one file may have.</summary>
    /// <value>The default value is 50,000.</value>
    public int MaxRows { get; set; } = DefaultMaxRows;

    /// <summary>Gets or sets the largest file accepted, in bytes.</summary>
    /// <value>The default value is 10 MiB (10,485,760 bytes).</value>
    public long MaxBytes { get; set; } = DefaultMaxBytes;
}
