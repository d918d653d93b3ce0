namespace AutoMeet.Prospects;

/// <summary>Parses and validates a CSV file of prospects. It does not write: the caller stores <see cref="ProspectImportResult.Prospects"/>.</summary>
/// <remarks>
/// <para>
/// The file is UTF-8 (with or without a byte order mark), comma-separated, RFC 4180 quoting (quoted fields may span
/// lines), with a header row. Columns are matched ignoring case, spaces, <c>_</c>, <c>-</c> and <c>.</c>, so
/// <c>first_name</c>, <c>firstName</c> and <c>First Name</c> are the same column; <c>email</c> and <c>firstName</c>
/// must be present. Every other column becomes a custom field (its name with spaces and punctuation turned into
/// <c>_</c>); empty cells of custom columns are left out.
/// </para>
/// <para>
/// The whole file is rejected (<see cref="ProspectImportResult.FileError"/>) when it is empty, not UTF-8 text,
/// over <see cref="ProspectImportOptions.MaxBytes"/> or <see cref="ProspectImportOptions.MaxRows"/>, malformed
/// CSV (bad quoting, a row with a different number of fields than the header), or lacks a required column.
/// Otherwise each row is validated with <see cref="IProspectValidator"/>; rows with errors, repeats of an earlier
/// row's e-mail and e-mails the owner already has are reported in <see cref="ProspectImportResult.RowErrors"/>
/// with the line where the row starts.
/// </para>
/// <para>Implementations are stateless and safe to call concurrently.</para>
/// </remarks>
public interface IProspectCsvImporter
{
    /// <summary>Reads and validates a CSV file of prospects for <paramref name="ownerId"/>.</summary>
    /// <param name="csv">The file's content; read to its end, not disposed.</param>
    /// <param name="ownerId">The owner of the new prospects.</param>
    /// <param name="existingProspects">The store asked which e-mails the owner already has.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The valid prospects and row errors, or the reason the file was rejected.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    Task<ProspectImportResult> ImportAsync(Stream csv, UserId ownerId, IProspectStore existingProspects, CancellationToken cancellationToken = default);
}
