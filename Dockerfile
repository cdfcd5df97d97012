# Strike Map dashboard: docker build -t strikemap . && docker run -p 8501:8501 strikemap
FROM python:3.11-slim
# The app runs as an unprivileged user that owns only its data folder and caches.
RUN useradd --create-home --uid 10001 --user-group strikemap
WORKDIR /app
COPY . /app
ENV STRIKEMAP_DATA=/app/data STRIKEMAP_CACHE=/app/cache
RUN pip install --no-cache-dir -e . \
    && python -c "from dashboard.geocode import default_gazetteer; default_gazetteer()" \
    && chown -R strikemap:strikemap /app/data /app/cache
USER strikemap
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status == 200 else 1)"
CMD ["streamlit", "run", "dashboard/app.py", "--server.port=8501", "--server.address=0.0.0.0"]
