using IncidentIo.Simulator.Listing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace IncidentIo.Simulator.Tests.Listing;

[TestFixture]
public sealed class BracketParamTests
{
    [Test]
    public void FromQuery_EncodedRepeatedKeys_CollectsValuesPerOperator()
    {
        var query = new QueryCollection(QueryHelpers.ParseQuery("status_category%5Bone_of%5D=live&status_category%5Bone_of%5D=triage&page_size=5"));

        var param = BracketParam.FromQuery(query).Single();

        Assert.That((param.Name, param.Subject, param.Operator, string.Join(",", param.Values)), Is.EqualTo(("status_category", (string?)null, "one_of", "live,triage")));
    }

    [Test]
    public void FromQuery_TwoBrackets_ReadsSubjectAndOperator()
    {
        var query = new QueryCollection(QueryHelpers.ParseQuery("custom_field[F1][not_in]=O1"));

        var param = BracketParam.FromQuery(query).Single();

        Assert.That((param.Subject, param.Operator, param.Key), Is.EqualTo(("F1", "not_in", "custom_field[F1][not_in]")));
    }
}
