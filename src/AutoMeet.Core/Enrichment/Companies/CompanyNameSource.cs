namespace AutoMeet.Enrichment.Companies;

/// <summary>Tells where <see cref="CompanyInfo.Name"/> came from.</summary>
public enum CompanyNameSource
{
    /// <summary>No name is known.</summary>
    None = 0,

    /// <summary>The prospect's own company field, normalised.</summary>
    Given,

    /// <summary>An <see cref="ICompanyDataProvider"/>.</summary>
    Provider,

    /// <summary>Derived from the e-mail domain ("acme-robotics.com" → "Acme Robotics").</summary>
    Domain,
}
