using Microsoft.Extensions.Options;

namespace AutoMeet.Templates.Internal;

/// <summary>Validates the attribute rules of <see cref="TemplateLimitsOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class TemplateLimitsOptionsValidator : IValidateOptions<TemplateLimitsOptions>
{
}
