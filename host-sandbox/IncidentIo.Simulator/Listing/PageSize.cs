using System.Globalization;
using IncidentIo.Simulator.Errors;

namespace IncidentIo.Simulator.Listing;

/// <summary>The optional <c>page_size</c> query parameter of the cursor-paginated lists: an integer from 1 to the operation's maximum.</summary>
internal static class PageSize
{
    /// <summary>The page size asked for (<paramref name="fallback"/> when absent), or the 422 naming <c>page_size</c>.</summary>
    public static bool TryRead(IQueryCollection query, int max, out int pageSize, out ApiError? error, int fallback = 25)
    {
        var text = query["page_size"].ToString();
        pageSize = fallback;
        error = null;
        if (text.Length == 0 || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) && pageSize >= 1 && pageSize <= max))
        {
            return true;
        }

        error = ApiError.Validation("invalid_value", $"page_size must be an integer from 1 to {max}", "page_size");
        return false;
    }
}
