using Microsoft.Extensions.Logging;

namespace AutoMeet.Enrichment;

/// <summary>Log messages of the enrichment services (event ids 1700–1719). No addresses, names or phone numbers are logged.</summary>
internal static partial class EnrichmentLog
{
    [LoggerMessage(EventId = 1700, Level = LogLevel.Information, Message = "A DNS mail-server lookup timed out after {Timeout}; the address verdict is Unknown.")]
    public static partial void DnsLookupTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 1701, Level = LogLevel.Warning, Message = "A DNS mail-server lookup failed ({Code}); the address verdict is Unknown.")]
    public static partial void DnsLookupFailed(ILogger logger, string code);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Warning, Message = "Company data provider {Provider} failed ({ExceptionType}); the enrichment continues without it.")]
    public static partial void CompanyProviderFailed(ILogger logger, string provider, string exceptionType);

    [LoggerMessage(EventId = 1703, Level = LogLevel.Warning, Message = "Enrichment batch {BatchId}: row {Position} failed ({ExceptionType}); the batch continues.")]
    public static partial void RowFailed(ILogger logger, string batchId, int position, string exceptionType);

    [LoggerMessage(EventId = 1704, Level = LogLevel.Information, Message = "Enrichment batch {BatchId} resumed: {Skipped} of {Total} rows were already done.")]
    public static partial void BatchResumed(ILogger logger, string batchId, int skipped, int total);

    [LoggerMessage(EventId = 1705, Level = LogLevel.Information, Message = "Enrichment batch {BatchId} finished: {Succeeded} succeeded, {Failed} failed, {Skipped} skipped.")]
    public static partial void BatchFinished(ILogger logger, string batchId, int succeeded, int failed, int skipped);
}
