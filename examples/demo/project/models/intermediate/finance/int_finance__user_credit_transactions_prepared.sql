-- Other model for int finance user credit transactions prepared.
{{ config(materialized='table') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
