using System.Net;
using DnsClient;
using DnsClient.Protocol;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace AutoMeet.Core.Tests.Enrichment;

/// <summary>A fake resolver at the DnsClient boundary: an NSubstitute <see cref="ILookupClient"/> answering configured records.</summary>
internal sealed class FakeDns
{
    private const ushort NxDomainFlags = 0x8183; // QR + RD + RA, RCODE 3 (NXDOMAIN)
    private const ushort ServFailFlags = 0x8182; // RCODE 2 (SERVFAIL)
    private const ushort OkFlags = 0x8180;

    public FakeDns()
    {
        Client = Substitute.For<ILookupClient>();
        Client.QueryAsync(Arg.Any<string>(), Arg.Any<QueryType>(), Arg.Any<QueryClass>(), Arg.Any<CancellationToken>())
            .Returns(ci => Task.FromResult(Response(OkFlags, [])));
    }

    public ILookupClient Client { get; }

    public int Calls(string domain, QueryType type) =>
        Client.ReceivedCalls().Count(c => c.GetMethodInfo().Name == nameof(ILookupClient.QueryAsync)
            && (string)c.GetArguments()[0]! == domain && (QueryType)c.GetArguments()[1]! == type);

    public FakeDns Mx(string domain, int ttl, params (ushort Preference, string Exchange)[] records)
    {
        var answers = records.Select(r => (DnsResourceRecord)new MxRecord(Info(domain, ResourceRecordType.MX, ttl), r.Preference, DnsString.Parse(r.Exchange))).ToList();
        return Answer(domain, QueryType.MX, Response(OkFlags, answers));
    }

    public FakeDns A(string domain, int ttl, string address) =>
        Answer(domain, QueryType.A, Response(OkFlags, [new ARecord(Info(domain, ResourceRecordType.A, ttl), IPAddress.Parse(address))]));

    public FakeDns Aaaa(string domain, int ttl, string address) =>
        Answer(domain, QueryType.AAAA, Response(OkFlags, [new AaaaRecord(Info(domain, ResourceRecordType.AAAA, ttl), IPAddress.Parse(address))]));

    public FakeDns NxDomain(string domain)
    {
        foreach (var type in new[] { QueryType.MX, QueryType.A, QueryType.AAAA })
        {
            Answer(domain, type, Response(NxDomainFlags, []));
        }

        return this;
    }

    public FakeDns ServFail(string domain) => Answer(domain, QueryType.MX, Response(ServFailFlags, [], hasError: true));

    public FakeDns Throws(string domain, Exception exception)
    {
        Client.QueryAsync(domain, QueryType.MX, Arg.Any<QueryClass>(), Arg.Any<CancellationToken>()).ThrowsAsync(exception);
        return this;
    }

    /// <summary>Makes the MX query hang until its token is cancelled (the validator's timeout).</summary>
    public FakeDns Hangs(string domain)
    {
        Client.QueryAsync(domain, QueryType.MX, Arg.Any<QueryClass>(), Arg.Any<CancellationToken>())
            .Returns(async ci =>
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, ci.Arg<CancellationToken>());
                return Response(OkFlags, []);
            });
        return this;
    }

    private FakeDns Answer(string domain, QueryType type, IDnsQueryResponse response)
    {
        Client.QueryAsync(domain, type, Arg.Any<QueryClass>(), Arg.Any<CancellationToken>()).Returns(Task.FromResult(response));
        return this;
    }

    private static ResourceRecordInfo Info(string domain, ResourceRecordType type, int ttl) => new(domain + ".", type, QueryClass.IN, ttl, 0);

    private static IDnsQueryResponse Response(ushort flags, List<DnsResourceRecord> answers, bool hasError = false)
    {
        var response = Substitute.For<IDnsQueryResponse>();
        response.Header.Returns(new DnsResponseHeader(1, flags, 1, answers.Count, 0, 0));
        response.Answers.Returns(answers);
        response.HasError.Returns(hasError || (flags & 0x000F) != 0);
        response.ErrorMessage.Returns(hasError ? "server failure" : string.Empty);
        return response;
    }
}
