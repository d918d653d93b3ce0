using System.Diagnostics.CodeAnalysis;

namespace AutoMeet.Prospects;

/// <summary>
/// Represents the outcome of parsing a prospect file: either a file-level error (nothing may be imported), or the
/// valid prospects to store plus one error per problem in the rows that were left out.
/// </summary>
public sealed class ProspectImportResult
{
    private ProspectImportResult(IReadOnlyList<Prospect> prospects, IReadOnlyList<ProspectImportRowError> rowErrors, ProspectImportFileError? fileError, int rowCount)
    {
        Prospects = prospects;
        RowErrors = rowErrors;
        FileError = fileError;
        RowCount = rowCount;
    }

    /// <summary>Gets the valid, normalised prospects (not yet stored), in file order; empty when the file was rejected.</summary>
    public IReadOnlyList<Prospect> Prospects { get; }

    /// <summary>Gets the problems of the rows that were left out, ordered by line; empty when the file was rejected.</summary>
    public IReadOnlyList<ProspectImportRowError> RowErrors { get; }

    /// <summary>Gets why the whole file was rejected, or <see langword="null"/> when it was parsed.</summary>
    public ProspectImportFileError? FileError { get; }

    /// <summary>Gets how many data rows were read (0 when the file was rejected).</summary>
    public int RowCount { get; }

    /// <summary>Gets a value indicating whether the whole file was rejected.</summary>
    [MemberNotNullWhen(true, nameof(FileError))]
    public bool IsRejected => FileError is not null;

    /// <summary>Creates the result of a parsed file.</summary>
    /// <param name="prospects">The valid prospects.</param>
    /// <param name="rowErrors">The row errors.</param>
    /// <param name="rowCount">How many data rows were read.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ProspectImportResult Parsed(IReadOnlyList<Prospect> prospects, IReadOnlyList<ProspectImportRowError> rowErrors, int rowCount)
    {
        ArgumentNullException.ThrowIfNull(prospects);
        ArgumentNullException.ThrowIfNull(rowErrors);
        return new(prospects, rowErrors, null, rowCount);
    }

    /// <summary>Creates the result of a rejected file.</summary>
    /// <param name="error">Why the file was rejected.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    public static ProspectImportResult Rejected(ProspectImportFileError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new([], [], error, 0);
    }
}
