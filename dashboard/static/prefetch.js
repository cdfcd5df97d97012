/* Strike Map: the map frame's first script starts reading the map's data from the browser's
 * cache, so the read goes on while Leaflet and the layer's script load, and asks for those
 * scripts and the style sheet at once (?js=, ?css=): the frame loads its scripts one after
 * another, each fetched only once the one before has run. The data's address is this script's
 * own ?data= parameter; the layer's StrikeMapLoad takes the read over when it asks for the same
 * address, and on a miss (a first visit) fetches the data itself. */
(function () {
  const me = document.currentScript;
  const params = me ? new URL(me.src, window.location.href).searchParams : null;
  if (params) {
    for (const [kind, as] of [["js", "script"], ["css", "style"]]) {
      for (const href of params.getAll(kind)) {
        const link = document.createElement("link");
        link.rel = "preload"; link.as = as; link.href = href;
        document.head.appendChild(link);
      }
    }
  }
  const url = params && params.get("data");
  if (!url || !window.caches) { return; }
  const key = new URL(url, window.location.href).href;
  window.StrikeMapPrefetch = {
    key: key,
    read: caches.open("strikemap-map-data").then(function (cache) { return cache.match(key); })
      .then(function (hit) { return hit ? hit.arrayBuffer() : null; })
      .catch(function () { return null; }),
  };
})();
