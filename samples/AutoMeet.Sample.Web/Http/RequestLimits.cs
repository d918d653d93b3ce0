namespace AutoMeet.Sample.Web.Http;

/// <summary>The body size limits of the sample's endpoints.</summary>
internal static class RequestLimits
{
    /// <summary>The largest JSON request body accepted, in bytes.</summary>
    public const int MaxJsonBodyBytes = 64 * 1024;

    /// <summary>What a multipart upload may add to the file it carries, in bytes.</summary>
    public const long MultipartOverheadBytes = 1024 * 1024;
}
