// CrampInfo calculator: progressive enhancement only. Without this file the form works the same, through
// normal GET submissions. With it: type-ahead food search (from /api/foods) and a live total (from
// /api/intake) as fields change, with the address bar kept on the canonical link so the URL stays the state.
(function () {
  "use strict";
  var form = document.getElementById("calculator-form");
  if (!form || !window.fetch || !window.URLSearchParams) return;

  function debounce(fn, ms) {
    var timer;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }
  function values(name) {
    return Array.prototype.map.call(form.querySelectorAll("[name='" + name + "']"), function (el) { return el.value.trim(); });
  }
  function checked(name) {
    var el = form.querySelector("[name='" + name + "']:checked");
    return el ? el.value : "";
  }
  function field(name) {
    var el = form.querySelector("[name='" + name + "']");
    return el ? el.value.trim() : "";
  }

  // The same mapping as the server's CalculatorForm: one field set per food row becomes items=NDB:PORTION:QTY.
  function canonicalQuery() {
    var foods = values("food"), portions = values("portion"), qtys = values("qty"), items = [];
    for (var i = 0; i < foods.length; i++) {
      if (!foods[i] && !portions[i] && !qtys[i]) continue;
      items.push(!portions[i] && !qtys[i] ? foods[i] : foods[i] + ":" + portions[i] + ":" + qtys[i]);
    }
    // Numbers go as typed: the API reads only plain numbers, and anything else ("2 g", "1,500") waits for
    // the Calculate button, where the server reads it (the one place the rules for typed numbers live).
    var strength = field("supplement-strength"), unit = checked("supplement-unit");
    var pairs = [
      ["age", field("age")], ["sex", checked("sex")], ["stage", field("stage")], ["items", items.join(",")],
      ["supplement-mg", unit === "meq" || unit === "kcl-mg" ? "" : strength], ["supplement-meq", unit === "meq" ? strength : ""],
      ["supplement-kcl-mg", unit === "kcl-mg" ? strength : ""],
      ["supplement-count", field("supplement-count")], ["limit-mg", field("limit")], ["embed", field("embed")]
    ];
    return pairs.filter(function (p) { return p[1]; }).map(function (p) {
      return p[0] + "=" + encodeURIComponent(p[1]).replace(/%3A/gi, ":").replace(/%2C/gi, ",");
    }).join("&");
  }

  // Live total.
  var live = document.createElement("p");
  live.id = "live-total";
  live.className = "live-total";
  live.setAttribute("aria-live", "polite");
  var firstHeading = form.querySelector("h2");
  form.insertBefore(live, firstHeading);
  var lastQuery = null;
  var updateTotal = debounce(function () {
    var query = canonicalQuery();
    if (query === lastQuery) return;
    lastQuery = query;
    fetch("/api/intake?" + query, { headers: { "Accept": "application/json" } }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (!answer.ok) { live.textContent = "Press Calculate to update the result."; return; }
      // Only a link the calculator accepted goes into the address bar.
      history.replaceState(null, "", "/calculator" + (query ? "?" + query : ""));
      var b = answer.body, text = "Total so far: " + b.totals.potassiumMg.toLocaleString("en-US") + " mg of potassium";
      if (b.target && b.percentOfTarget !== null) {
        text += ", " + b.percentOfTarget + "% of your " + (b.target.kind === "clinician-limit" ? "daily limit" : "Adequate Intake") +
          " (" + b.target.adequateIntakeMg.toLocaleString("en-US") + " mg)";
      }
      live.textContent = text + ". Press Calculate to update the full result.";
    }).catch(function () { live.textContent = ""; });
  }, 400);
  form.addEventListener("input", function (e) { if (e.target.name !== "q") updateTotal(); });
  form.addEventListener("change", function (e) { if (e.target.name !== "q" && e.target.name.indexOf("pick-") !== 0) updateTotal(); });

  // Type-ahead search.
  var search = document.getElementById("q");
  var results = document.getElementById("search-results");
  if (!search || !results) return;
  var searchToken = 0;
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function grams(g) { return Math.round(g * 100) / 100; }
  function render(query, foods, didYouMean) {
    results.textContent = "";
    if (!foods.length) {
      results.appendChild(el("p", "search-hint", "No food in the table matches \u201c" + query + "\u201d. Try a shorter or more common word."));
      if (didYouMean && didYouMean.length) {
        var offer = el("p", "did-you-mean", "Did you mean: ");
        didYouMean.forEach(function (name, i) {
          var link = el("a", null, name);
          var address = new URL(location.href);
          address.searchParams.set("q", name);
          link.href = address.pathname + address.search + "#add-foods";
          link.addEventListener("click", function (e) { e.preventDefault(); search.value = name; search.dispatchEvent(new Event("input")); search.focus(); });
          offer.appendChild(link);
          offer.appendChild(document.createTextNode(i < didYouMean.length - 1 ? ", " : "?"));
        });
        results.appendChild(offer);
      }
      return;
    }
    results.appendChild(el("p", "search-count", "Foods matching \u201c" + query + "\u201d (best match first):"));
    var list = el("ul", "results");
    foods.forEach(function (food) {
      var item = el("li", "result-food");
      var name = food.name || food.description;
      item.appendChild(el("span", "food-name", name));
      if (food.name) item.appendChild(el("span", "quiet usda-name", "USDA: " + food.description));
      item.appendChild(el("span", "quiet", Math.round(food.potassiumMgPer100g).toLocaleString("en-US") + " mg potassium per 100 g"));
      var row = el("span", "add-row");
      var id = "pick-" + food.ndb;
      var label = el("label", "visually-hidden", "Portion of " + name);
      label.htmlFor = id;
      var select = el("select");
      select.id = id; select.name = id;
      food.portions.forEach(function (p) {
        var option = el("option", null, (p.amount === 1 ? "" : p.amount + " ") + p.measure + " (" + grams(p.grams) + " g)");
        option.value = String(p.seq);
        select.appendChild(option);
      });
      var g = el("option", null, "100 grams"); g.value = "g"; select.appendChild(g);
      var button = el("button", "secondary", "Add ");
      button.type = "submit"; button.name = "add"; button.value = food.ndb;
      button.appendChild(el("span", "visually-hidden", name));
      row.appendChild(label); row.appendChild(select); row.appendChild(button);
      item.appendChild(row);
      list.appendChild(item);
    });
    results.appendChild(list);
  }
  search.addEventListener("input", debounce(function () {
    var query = search.value.trim(), token = ++searchToken;
    if (query.length < 2) { results.textContent = ""; return; }
    fetch("/api/foods?limit=10&q=" + encodeURIComponent(query)).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (body) { if (body && token === searchToken) render(query, body.foods, body.didYouMean); })
      .catch(function () { /* the Search button still works */ });
  }, 350));
})();
