// The feed of latest events as one page element: the cards (HTML escaped on the server) and a
// "Show on map" button each, which tells the server which event was picked.
export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let root = parentElement.querySelector(".feed");
  if (!root) {
    root = document.createElement("div");
    root.className = "feed";
    parentElement.appendChild(root);
    root.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-event]");
      if (button) setTriggerValue("show", button.dataset.event);
    });
  }
  const cards = (data && data.cards) || [];
  const parts = [`<div class="head"><strong>Latest events</strong> · ${data.total_text}</div><div class="list">`];
  for (const card of cards) {
    const chosen = card.id === data.selected ? " chosen" : "";
    parts.push(`<div class="card${chosen}">${card.html}<button type="button" data-event="${card.attr}">Show on map</button></div>`);
  }
  if (data.more) parts.push(`<p class="more">${data.more}</p>`);
  parts.push("</div>");
  root.innerHTML = parts.join("");
}
