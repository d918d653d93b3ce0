using System.Text;
using AutoMeet.Prospects;
using NSubstitute;

namespace AutoMeet.Core.Tests.Prospects;

public sealed partial class ProspectCsvImporterTests
{
    [Fact]
    public async Task ImportAsync_InvalidRows_ReportsLineAndFieldAndKeepsValidRows()
    {
        var result = await ImportAsync(
            "email,firstName,timeZone\n" +
            "ok1@x.io,A,\n" +
            "bob@@x,B,\n" +
            "\n" +
            "ok2@x.io,,Mars/Olympus\n" +
            "ok3@x.io,C,Europe/Paris\n");

        Assert.Equal(["ok1@x.io", "ok3@x.io"], result.Prospects.Select(p => p.Email));
        Assert.Equal(
            [
                new ProspectImportRowError(3, "email", "'bob@@x' is not a valid e-mail address: the local part has a character ('@') that is only allowed inside a quoted local part."),
                new ProspectImportRowError(5, "firstName", "is required."),
                new ProspectImportRowError(5, "timeZone", "'Mars/Olympus' is not a known IANA time zone (for example 'Europe/Berlin')."),
            ],
            result.RowErrors);
        Assert.Equal(4, result.RowCount);
    }

    [Fact]
    public async Task ImportAsync_QuotedFieldWithNewlines_LineNumbersReferToRowStart()
    {
        var result = await ImportAsync(
            "email,firstName,notes\n" +
            "a@x.io,A,\"line one\nline two\nline three\"\n" +
            "bad,B,x\n" +
            "c@x.io,C,\"multi\r\nline\"\n" +
            "also-bad,E,z\n");

        Assert.Equal("line one\nline two\nline three", result.Prospects[0].CustomFields["notes"]);
        Assert.Equal([5, 8], result.RowErrors.Select(e => e.Line));
    }

    [Fact]
    public async Task ImportAsync_DuplicateWithinFile_ReportsFirstLine()
    {
        var result = await ImportAsync("email,firstName\nsame@x.io,A\nother@x.io,B\nSAME@x.io ,C\n");

        Assert.Equal(["same@x.io", "other@x.io"], result.Prospects.Select(p => p.Email));
        var error = Assert.Single(result.RowErrors);
        Assert.Equal(new ProspectImportRowError(4, "email", "'same@x.io' is a duplicate of line 2."), error);
    }

    [Fact]
    public async Task ImportAsync_ExistingEmails_AreRowErrors()
    {
        _store.FindExistingEmailsAsync(Owner, Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>())
            .Returns(Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { "known@x.io" }));

        var result = await ImportAsync("email,firstName\nnew@x.io,A\nKnown@X.io,B\n");

        Assert.Equal(["new@x.io"], result.Prospects.Select(p => p.Email));
        Assert.Equal([new ProspectImportRowError(3, "email", "'known@x.io' already exists.")], result.RowErrors);
        await _store.Received(1).FindExistingEmailsAsync(
            Owner,
            Arg.Is<IReadOnlyCollection<string>>(c => c.Count == 2 && c.Contains("new@x.io") && c.Contains("known@x.io")),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ImportAsync_TooManyRows_RejectsFile()
    {
        _options = new ProspectImportOptions { MaxRows = 2 };

        var error = Rejected(await ImportAsync("email,firstName\na@x.io,A\nb@x.io,B\nc@x.io,C\n"));

        Assert.Equal(4, error.Line);
        Assert.Contains("more than 2 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_TooLarge_RejectsFile()
    {
        _options = new ProspectImportOptions { MaxBytes = 64 };
        var csv = "email,firstName\n" + string.Concat(Enumerable.Range(0, 10).Select(i => $"p{i}@x.io,P\n"));

        var error = Rejected(await ImportAsync(new NonSeekableStream(Encoding.UTF8.GetBytes(csv))));

        Assert.Null(error.Line);
        Assert.Contains("larger than 64 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("email,firstName,\n", "column 3 has an empty name")]
    [InlineData("email,firstName,Email\n", "columns 'email' and 'Email' both map to 'email'")]
    [InlineData("email,firstName,???\n", "column '???' cannot be used as a custom field name")]
    public async Task ImportAsync_UnusableHeader_RejectsFile(string csv, string expected)
    {
        var error = Rejected(await ImportAsync(csv + "a@x.io,A,x\n"));

        Assert.Equal(1, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private Task<ProspectImportResult> ImportAsync(Stream stream)
    {
        var sut = new ProspectCsvImporter(new ProspectValidator(NodaTime.DateTimeZoneProviders.Tzdb), Microsoft.Extensions.Options.Options.Create(_options));
        return sut.ImportAsync(stream, Owner, _store);
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
