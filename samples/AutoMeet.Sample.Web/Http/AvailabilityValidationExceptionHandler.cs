using AutoMeet.Scheduling;
using Microsoft.AspNetCore.Diagnostics;

namespace AutoMeet.Sample.Web.Http;

/// <summary>
/// Turns an <see cref="AvailabilityValidationException"/> that an endpoint did not handle itself into a 400
/// validation problem naming the field (as the client knows it, where it can be told).
/// </summary>
internal sealed class AvailabilityValidationExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not AvailabilityValidationException invalid)
        {
            return false;
        }

        var (field, message) = AvailabilityProblems.Translate(invalid, rules: null);
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
            },
        });
    }
}
