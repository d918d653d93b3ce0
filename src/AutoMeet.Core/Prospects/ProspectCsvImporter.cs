using CsvHelper;
using Microsoft.Extensions.Options;

namespace AutoMeet.Prospects;

/// <summary>The default <see cref="IProspectCsvImporter"/>, on CsvHelper.</summary>
internal sealed partial class ProspectCsvImporter : IProspectCsvImporter
{
    private const int ExistingEmailBatch = 500;

    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrimWhitespace = false,
        TrackLineNumbers = true,
        DetectSeparatorHint = false,
        IncludeValuesInExceptions = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
    };

    private readonly IProspectValidator _validator;
    private readonly IOptions<ProspectImportOptions> _options;

    public ProspectCsvImporter(IProspectValidator validator, IOptions<ProspectImportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(options);
        _validator = validator;
        _options = options;
    }

    public async Task<ProspectImportResult> ImportAsync(Stream csv, UserId ownerId, IProspectStore existingProspects, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(existingProspects);
        var options = _options.Value;

        var bytes = await ReadAtMostAsync(csv, options.MaxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return Reject(null, $"The file is larger than {options.MaxBytes:N0} bytes, the most one import accepts.");
        }

        if (CheckContent(bytes) is { } contentError)
        {
            return ProspectImportResult.Rejected(contentError);
        }

        ParsedRows parsed;
        try
        {
            parsed = ParseRows(bytes, ownerId, options.MaxRows);
        }
        catch (CsvFormatException ex)
        {
            int? line = ex.LineNumber > 0 ? (int)ex.LineNumber : null;
            return Reject(line, $"The file is not valid CSV: {ex.Message}");
        }

        if (parsed.FileError is not null)
        {
            return ProspectImportResult.Rejected(parsed.FileError);
        }

        return await RemoveExistingAsync(parsed, ownerId, existingProspects, cancellationToken).ConfigureAwait(false);
    }

    private static ProspectImportResult Reject(int? line, string message) => ProspectImportResult.Rejected(new(line, message));

    private ParsedRows ParseRows(byte[] bytes, UserId ownerId, int maxRows)
    {
        using var reader = CsvReader.Create(bytes, ReaderOptions);
        if (reader.Headers.Count == 0)
        {
            return ParsedRows.Failed(null, "The file is empty: a header row is required.");
        }

        var columns = ProspectCsvColumns.TryCreate(reader.Headers, out var headerError);
        if (columns is null)
        {
            return ParsedRows.Failed(1, headerError!);
        }

        var parsed = new ParsedRows();
        var firstLineByEmail = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (++parsed.RowCount > maxRows)
            {
                return ParsedRows.Failed(line, $"Line {line}: the file has more than {maxRows:N0} rows, the most one import accepts.");
            }

            var result = _validator.Validate(ReadInput(reader, columns), ownerId);
            if (!result.IsValid)
            {
                parsed.Errors.AddRange(result.Errors.Select(e => new ProspectImportRowError(line, e.Field, e.Message)));
            }
            else if (firstLineByEmail.TryGetValue(result.Prospect.Email, out var firstLine))
            {
                parsed.Errors.Add(new(line, "email", $"'{result.Prospect.Email}' is a duplicate of line {firstLine}."));
            }
            else
            {
                firstLineByEmail.Add(result.Prospect.Email, line);
                parsed.Valid.Add((line, result.Prospect));
            }
        }

        return parsed;
    }

    private static ProspectInput ReadInput(CsvReader reader, ProspectCsvColumns columns)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        Dictionary<string, string?>? custom = null;
        for (var i = 0; i < reader.FieldCount && i < columns.KnownByIndex.Length; i++)
        {
            if (columns.KnownByIndex[i] is { } field)
            {
                known[field] = reader.GetString(i);
            }
            else if (columns.CustomByIndex[i] is { } name && !reader.IsEmpty(i))
            {
                (custom ??= new(StringComparer.Ordinal))[name] = reader.GetString(i);
            }
        }

        return new ProspectInput
        {
            Email = known.GetValueOrDefault("email"),
            FirstName = known.GetValueOrDefault("firstName"),
            LastName = known.GetValueOrDefault("lastName"),
            Company = known.GetValueOrDefault("company"),
            Title = known.GetValueOrDefault("title"),
            TimeZone = known.GetValueOrDefault("timeZone"),
            CountryCode = known.GetValueOrDefault("countryCode"),
            Phone = known.GetValueOrDefault("phone"),
            LinkedInUrl = known.GetValueOrDefault("linkedInUrl"),
            CustomFields = custom,
        };
    }

    private static async Task<ProspectImportResult> RemoveExistingAsync(ParsedRows parsed, UserId ownerId, IProspectStore store, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in parsed.Valid.Select(v => v.Prospect.Email).Chunk(ExistingEmailBatch))
        {
            var found = await store.FindExistingEmailsAsync(ownerId, batch, cancellationToken).ConfigureAwait(false);
            existing.UnionWith(found.Select(e => e.ToLowerInvariant()));
        }

        var prospects = new List<Prospect>(parsed.Valid.Count);
        foreach (var (line, prospect) in parsed.Valid)
        {
            if (existing.Contains(prospect.Email))
            {
                parsed.Errors.Add(new(line, "email", $"'{prospect.Email}' already exists."));
            }
            else
            {
                prospects.Add(prospect);
            }
        }

        var errors = parsed.Errors.OrderBy(e => e.Line).ToList();
        return ProspectImportResult.Parsed(prospects, errors, parsed.RowCount);
    }

    /// <summary>The rows of a file that parsed, before the store is asked which e-mails exist.</summary>
    private sealed class ParsedRows
    {
        public List<(int Line, Prospect Prospect)> Valid { get; } = [];

        public List<ProspectImportRowError> Errors { get; } = [];

        public int RowCount { get; set; }

        public ProspectImportFileError? FileError { get; private init; }

        public static ParsedRows Failed(int? line, string message) => new() { FileError = new(line, message) };
    }
}
