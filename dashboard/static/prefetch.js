/* Strike Map: the map frame's first script starts reading the map's data from the browser's
 * cache, so the read goes on while Leaflet and the layer's script load (the frame loads its
 * scripts one after another). The data's address is this script's own ?data= parameter; the
 * layer's StrikeMapLoad takes the read over when it asks for the same address, and on a miss
 * (a first visit) fetches the data itself. */
(function () {
  const me = document.currentScript;
  const url = me && new URL(me.src, window.location.href).searchParams.get("data");
  if (!url || !window.caches) { return; }
  const key = new URL(url, window.location.href).href;
  window.StrikeMapPrefetch = {
    key: key,
    read: caches.open("strikemap-map-data").then(function (cache) { return cache.match(key); })
      .then(function (hit) { return hit ? hit.arrayBuffer() : null; })
      .catch(function () { return null; }),
  };
})();
