/* Datasette's column menu (its table.js) in Dutch, without changing Datasette.
   table.js builds the menu once, in English, when the page loads; this script is loaded
   right after it (table.html) and puts Dutch words on the same elements. The column's
   type, which table.js writes each time the menu opens, is rewritten as it is written. */
(function () {
  var WORDS = {
    ".dropdown-sort-asc": "Oplopend sorteren",
    ".dropdown-sort-desc": "Aflopend sorteren",
    ".dropdown-facet": "Tellen per waarde",
    ".dropdown-hide-column": "Kolom verbergen",
    ".dropdown-show-all-columns": "Alle kolommen tonen",
    ".dropdown-not-blank": "Alleen rijen waarin deze kolom is ingevuld"
  };
  var TYPES = {
    TEXT: "tekst", INTEGER: "geheel getal", REAL: "getal", FLOAT: "getal", BLOB: "gegevens"
  };
  var menu = document.querySelector(".dropdown-menu");
  if (menu) {
    Object.keys(WORDS).forEach(function (selector) {
      var link = menu.querySelector(selector);
      if (link) {
        link.textContent = WORDS[selector];
      }
    });
    var type = menu.querySelector(".dropdown-column-type");
    if (type) {
      new MutationObserver(function () {
        var found = /^Type: (\w+)( NOT NULL)?$/.exec(type.textContent);
        if (found) {
          type.textContent = "Soort: " + (TYPES[found[1]] || found[1].toLowerCase()) +
            (found[2] ? ", altijd ingevuld" : "");
        }
      }).observe(type, { childList: true, characterData: true, subtree: true });
    }
  }
  document.querySelectorAll('.filter-row a[aria-label="Remove this filter"]').forEach(
    function (link) { link.setAttribute("aria-label", "Filter weghalen"); }
  );
})();
