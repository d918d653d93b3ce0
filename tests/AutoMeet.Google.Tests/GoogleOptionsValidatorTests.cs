using AutoMeet.Google.Internal;

namespace AutoMeet.Google.Tests;

public sealed class GoogleOptionsValidatorTests
{
    private static GoogleOptions Valid() => new() { ClientId = "id", ClientSecret = "secret", RedirectUri = new Uri("https://app.example.com/cb") };

    [Fact]
    public void Validate_ValidOptions_Succeeds()
    {
        Assert.True(new GoogleOptionsValidator().Validate(null, Valid()).Succeeded);
    }

    [Fact]
    public void Validate_Missing_NamesEachSetting()
    {
        var result = new GoogleOptionsValidator().Validate(null, new GoogleOptions());

        Assert.Contains("AutoMeet:Google:ClientId is required", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("AutoMeet:Google:ClientSecret is required", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("AutoMeet:Google:RedirectUri", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadValues_NamesTheSetting()
    {
        var options = Valid();
        options.TokenRefreshSkew = TimeSpan.FromMinutes(1);
        options.GmailApiBaseUri = new Uri("http://gmail.example.com/");
        options.PageSize = 501;

        var message = new GoogleOptionsValidator().Validate(null, options).FailureMessage;

        Assert.Contains("AutoMeet:Google:TokenRefreshSkew", message, StringComparison.Ordinal);
        Assert.Contains("AutoMeet:Google:GmailApiBaseUri", message, StringComparison.Ordinal);
        Assert.Contains("AutoMeet:Google:PageSize 501", message, StringComparison.Ordinal);
    }
}
