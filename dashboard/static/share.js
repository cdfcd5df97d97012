// The view's share link with a copy button: plain text, no syntax highlighter to load and run.
export default function (component) {
  const { data, parentElement } = component;
  let root = parentElement.querySelector(".share");
  if (!root) {
    root = document.createElement("div");
    root.className = "share";
    root.innerHTML = '<div class="title">Share this view</div><div class="row"><code></code>' +
      '<button type="button">Copy</button></div><div class="note"></div>';
    parentElement.appendChild(root);
    root.querySelector("button").addEventListener("click", () => {
      const code = root.querySelector("code");
      const done = () => { root.querySelector("button").textContent = "Copied"; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(code.textContent).then(done, () => select(code));
      } else {
        select(code);
      }
    });
  }
  root.querySelector("code").textContent = data.url;
  root.querySelector("button").textContent = "Copy";
  root.querySelector(".note").textContent = data.note;
}

function select(element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}
